/*
 *   This program is free software: you can redistribute it and/or modify
 *   it under the terms of the GNU General Public License as published by
 *   the Free Software Foundation, either version 3 of the License, or
 *   (at your option) any later version.
 *
 *   This program is distributed in the hope that it will be useful,
 *   but WITHOUT ANY WARRANTY; without even the implied warranty of
 *   MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
 *   GNU General Public License for more details.
 *
 *   You should have received a copy of the GNU General Public License
 *   along with this program.  If not, see <http://www.gnu.org/licenses/>.
 */
package weka.imbalance.nn;

import weka.core.TechnicalInformation;
import weka.core.TechnicalInformation.Field;
import weka.core.TechnicalInformation.Type;

/** The papers behind the losses and weightings, written once. */
public final class Citations {

  private Citations() {
  }

  private static TechnicalInformation paper(Type type, String author, String title, String venue,
    String year) {
    TechnicalInformation t = new TechnicalInformation(type);
    t.setValue(Field.AUTHOR, author);
    t.setValue(Field.TITLE, title);
    t.setValue(type == Type.ARTICLE ? Field.JOURNAL : Field.BOOKTITLE, venue);
    t.setValue(Field.YEAR, year);
    return t;
  }

  /** @return Menon et al., logit adjustment */
  public static TechnicalInformation menon2021() {
    return paper(Type.INPROCEEDINGS, "Aditya Krishna Menon and Sadeep Jayasumana and Ankit Singh Rawat and "
      + "Himanshu Jain and Andreas Veit and Sanjiv Kumar", "Long-tail learning via logit adjustment",
      "International Conference on Learning Representations (ICLR)", "2021");
  }

  /** @return Cao et al., LDAM and DRW */
  public static TechnicalInformation cao2019() {
    return paper(Type.INPROCEEDINGS, "Kaidi Cao and Colin Wei and Adrien Gaidon and Nikos Arechiga and Tengyu Ma",
      "Learning Imbalanced Datasets with Label-Distribution-Aware Margin Loss",
      "Advances in Neural Information Processing Systems 32 (NeurIPS)", "2019");
  }

  /** @return Lin et al., focal loss */
  public static TechnicalInformation lin2017() {
    return paper(Type.INPROCEEDINGS, "Tsung-Yi Lin and Priya Goyal and Ross Girshick and Kaiming He and "
      + "Piotr Dollar", "Focal Loss for Dense Object Detection",
      "IEEE International Conference on Computer Vision (ICCV)", "2017");
  }

  /** @return Kini et al., VS loss */
  public static TechnicalInformation kini2021() {
    return paper(Type.INPROCEEDINGS, "Ganesh Ramachandra Kini and Orestis Paraskevas and Samet Oymak and "
      + "Christos Thrampoulidis", "Label-Imbalanced and Group-Sensitive Classification under "
      + "Overparameterization", "Advances in Neural Information Processing Systems 34 (NeurIPS)", "2021");
  }

  /** @return Cui et al., class-balanced loss */
  public static TechnicalInformation cui2019() {
    return paper(Type.INPROCEEDINGS, "Yin Cui and Menglin Jia and Tsung-Yi Lin and Yang Song and Serge Belongie",
      "Class-Balanced Loss Based on Effective Number of Samples",
      "IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)", "2019");
  }

  /** @return Wang et al., TLA + ADRW (Algorithm 1) */
  public static TechnicalInformation wang2023() {
    return paper(Type.INPROCEEDINGS, "Zitai Wang and Qianqian Xu and Zhiyong Yang and Yuan He and "
      + "Xiaochun Cao and Qingming Huang", "A Unified Generalization Analysis of Re-Weighting and "
      + "Logit-Adjustment for Imbalanced Learning", "Advances in Neural Information Processing Systems 36 "
      + "(NeurIPS)", "2023");
  }
}
