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
package weka.imbalance;

import weka.core.TechnicalInformation;
import weka.core.TechnicalInformation.Field;
import weka.core.TechnicalInformation.Type;

/**
 * The papers behind the package's methods, each written once: every component's
 * {@code getTechnicalInformation()} (and so its {@code globalInfo()} and the object editor's
 * "More" text) takes its citations from here.
 */
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

  /**
   * @param t a citation
   * @param more further citations
   * @return t with the others added (Weka prints them one after the other)
   */
  public static TechnicalInformation with(TechnicalInformation t, TechnicalInformation... more) {
    for (TechnicalInformation m : more) {
      t.add(m);
    }
    return t;
  }

  /** @return Chawla et al., SMOTE */
  public static TechnicalInformation chawla2002() {
    TechnicalInformation t = paper(Type.ARTICLE, "Nitesh V. Chawla and Kevin W. Bowyer and Lawrence O. Hall and "
      + "W. Philip Kegelmeyer", "SMOTE: Synthetic Minority Over-sampling Technique",
      "Journal of Artificial Intelligence Research", "2002");
    t.setValue(Field.VOLUME, "16");
    t.setValue(Field.PAGES, "321-357");
    return t;
  }

  /** @return Zhou and Liu, threshold moving */
  public static TechnicalInformation zhou2006() {
    TechnicalInformation t = paper(Type.ARTICLE, "Zhi-Hua Zhou and Xu-Ying Liu",
      "Training cost-sensitive neural networks with methods addressing the class imbalance problem",
      "IEEE Transactions on Knowledge and Data Engineering", "2006");
    t.setValue(Field.VOLUME, "18");
    t.setValue(Field.NUMBER, "1");
    t.setValue(Field.PAGES, "63-77");
    return t;
  }

  /** @return Menon et al., the plug-in rule with the empirical threshold */
  public static TechnicalInformation menon2013() {
    TechnicalInformation t = paper(Type.INPROCEEDINGS, "Aditya Krishna Menon and Harikrishna Narasimhan and "
      + "Shivani Agarwal and Sanjay Chawla", "On the Statistical Consistency of Algorithms for Binary "
      + "Classification under Class Imbalance", "Proceedings of the 30th International Conference on Machine "
      + "Learning (ICML)", "2013");
    t.setValue(Field.SERIES, "PMLR");
    t.setValue(Field.VOLUME, "28");
    t.setValue(Field.PAGES, "603-611");
    return t;
  }

  /** @return Wu, Xiong and Chen, COG */
  public static TechnicalInformation wu2010() {
    TechnicalInformation t = paper(Type.ARTICLE, "Junjie Wu and Hui Xiong and Jian Chen",
      "COG: local decomposition for rare class analysis", "Data Mining and Knowledge Discovery", "2010");
    t.setValue(Field.VOLUME, "20");
    t.setValue(Field.NUMBER, "2");
    t.setValue(Field.PAGES, "191-220");
    t.setValue(Field.PUBLISHER, "Springer");
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
    TechnicalInformation t = paper(Type.INPROCEEDINGS, "Yin Cui and Menglin Jia and Tsung-Yi Lin and Yang Song and "
      + "Serge Belongie", "Class-Balanced Loss Based on Effective Number of Samples",
      "IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)", "2019");
    t.setValue(Field.PAGES, "9268-9277");
    return t;
  }

  /** @return Wang et al., TLA + ADRW (Algorithm 1) */
  public static TechnicalInformation wang2023() {
    return paper(Type.INPROCEEDINGS, "Zitai Wang and Qianqian Xu and Zhiyong Yang and Yuan He and "
      + "Xiaochun Cao and Qingming Huang", "A Unified Generalization Analysis of Re-Weighting and "
      + "Logit-Adjustment for Imbalanced Learning", "Advances in Neural Information Processing Systems 36 "
      + "(NeurIPS)", "2023");
  }

  /** @return Hido, Kashima and Takahashi, roughly balanced bagging (imbalanced-learn's reference for balanced bagging) */
  public static TechnicalInformation hido2009() {
    TechnicalInformation t = paper(Type.ARTICLE, "Shohei Hido and Hisashi Kashima and Yutaka Takahashi",
      "Roughly balanced bagging for imbalanced data", "Statistical Analysis and Data Mining", "2009");
    t.setValue(Field.VOLUME, "2");
    t.setValue(Field.NUMBER, "5-6");
    t.setValue(Field.PAGES, "412-426");
    return t;
  }

  /** @return Chen, Liaw and Breiman, balanced random forest */
  public static TechnicalInformation chen2004() {
    TechnicalInformation t = new TechnicalInformation(Type.TECHREPORT);
    t.setValue(Field.AUTHOR, "Chao Chen and Andy Liaw and Leo Breiman");
    t.setValue(Field.TITLE, "Using Random Forest to Learn Imbalanced Data");
    t.setValue(Field.INSTITUTION, "Department of Statistics, University of California, Berkeley");
    t.setValue(Field.NUMBER, "666");
    t.setValue(Field.YEAR, "2004");
    return t;
  }

  /** @return Liu, Wu and Zhou, EasyEnsemble */
  public static TechnicalInformation liu2009() {
    TechnicalInformation t = paper(Type.ARTICLE, "Xu-Ying Liu and Jianxin Wu and Zhi-Hua Zhou",
      "Exploratory Undersampling for Class-Imbalance Learning",
      "IEEE Transactions on Systems, Man, and Cybernetics, Part B (Cybernetics)", "2009");
    t.setValue(Field.VOLUME, "39");
    t.setValue(Field.NUMBER, "2");
    t.setValue(Field.PAGES, "539-550");
    return t;
  }

  /** @return Seiffert et al., RUSBoost */
  public static TechnicalInformation seiffert2010() {
    TechnicalInformation t = paper(Type.ARTICLE, "Chris Seiffert and Taghi M. Khoshgoftaar and Jason Van Hulse "
      + "and Amri Napolitano", "RUSBoost: A Hybrid Approach to Alleviating Class Imbalance",
      "IEEE Transactions on Systems, Man, and Cybernetics, Part A (Systems and Humans)", "2010");
    t.setValue(Field.VOLUME, "40");
    t.setValue(Field.NUMBER, "1");
    t.setValue(Field.PAGES, "185-197");
    return t;
  }

  /** @return Garcia, Mollineda and Sanchez, index of balanced accuracy */
  public static TechnicalInformation garcia2009() {
    TechnicalInformation t = paper(Type.INPROCEEDINGS, "Vicente Garcia and Ramon A. Mollineda and J. Salvador Sanchez",
      "Index of Balanced Accuracy: A Performance Measure for Skewed Class Distributions",
      "Pattern Recognition and Image Analysis (IbPRIA), LNCS 5524", "2009");
    t.setValue(Field.PAGES, "441-448");
    return t;
  }
}
