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

  /** @return Wilson, edited nearest neighbours (ENN) */
  public static TechnicalInformation wilson1972() {
    TechnicalInformation t = paper(Type.ARTICLE, "Dennis L. Wilson",
      "Asymptotic Properties of Nearest Neighbor Rules Using Edited Data",
      "IEEE Transactions on Systems, Man, and Cybernetics", "1972");
    t.setValue(Field.VOLUME, "SMC-2");
    t.setValue(Field.NUMBER, "3");
    t.setValue(Field.PAGES, "408-421");
    return t;
  }

  /** @return Tomek, repeated ENN and All-kNN */
  public static TechnicalInformation tomek1976enn() {
    TechnicalInformation t = paper(Type.ARTICLE, "Ivan Tomek", "An Experiment with the Edited Nearest-Neighbor Rule",
      "IEEE Transactions on Systems, Man, and Cybernetics", "1976");
    t.setValue(Field.VOLUME, "SMC-6");
    t.setValue(Field.NUMBER, "6");
    t.setValue(Field.PAGES, "448-452");
    return t;
  }

  /** @return Tomek, Tomek links */
  public static TechnicalInformation tomek1976cnn() {
    TechnicalInformation t = paper(Type.ARTICLE, "Ivan Tomek", "Two Modifications of CNN",
      "IEEE Transactions on Systems, Man, and Cybernetics", "1976");
    t.setValue(Field.VOLUME, "SMC-6");
    t.setValue(Field.NUMBER, "11");
    t.setValue(Field.PAGES, "769-772");
    return t;
  }

  /** @return Hart, the condensed nearest neighbour rule */
  public static TechnicalInformation hart1968() {
    TechnicalInformation t = paper(Type.ARTICLE, "Peter E. Hart", "The Condensed Nearest Neighbor Rule",
      "IEEE Transactions on Information Theory", "1968");
    t.setValue(Field.VOLUME, "14");
    t.setValue(Field.NUMBER, "3");
    t.setValue(Field.PAGES, "515-516");
    return t;
  }

  /** @return Kubat and Matwin, one-sided selection */
  public static TechnicalInformation kubat1997() {
    TechnicalInformation t = paper(Type.INPROCEEDINGS, "Miroslav Kubat and Stan Matwin",
      "Addressing the Curse of Imbalanced Training Sets: One-Sided Selection",
      "Proceedings of the 14th International Conference on Machine Learning (ICML)", "1997");
    t.setValue(Field.PAGES, "179-186");
    return t;
  }

  /** @return Laurikkala, the neighbourhood cleaning rule */
  public static TechnicalInformation laurikkala2001() {
    TechnicalInformation t = paper(Type.INPROCEEDINGS, "Jorma Laurikkala",
      "Improving Identification of Difficult Small Classes by Balancing Class Distribution",
      "Artificial Intelligence in Medicine (AIME 2001)", "2001");
    t.setValue(Field.SERIES, "LNCS 2101");
    t.setValue(Field.PAGES, "63-66");
    return t;
  }

  /** @return Mani and Zhang, NearMiss */
  public static TechnicalInformation mani2003() {
    return paper(Type.INPROCEEDINGS, "Inderjeet Mani and I. Zhang", "kNN Approach to Unbalanced Data "
      + "Distributions: A Case Study Involving Information Extraction", "Proceedings of the ICML 2003 Workshop on "
      + "Learning from Imbalanced Datasets", "2003");
  }

  /** @return Batista, Prati and Monard, SMOTE + Tomek links and SMOTE + ENN */
  public static TechnicalInformation batista2004() {
    TechnicalInformation t = paper(Type.ARTICLE, "Gustavo E. A. P. A. Batista and Ronaldo C. Prati and "
      + "Maria Carolina Monard", "A Study of the Behavior of Several Methods for Balancing Machine Learning "
      + "Training Data", "ACM SIGKDD Explorations Newsletter", "2004");
    t.setValue(Field.VOLUME, "6");
    t.setValue(Field.NUMBER, "1");
    t.setValue(Field.PAGES, "20-29");
    return t;
  }

  /** @return Lin, Tsai, Hu and Jhang, clustering-based undersampling (cluster centroids) */
  public static TechnicalInformation lin2017clustering() {
    TechnicalInformation t = paper(Type.ARTICLE, "Wei-Chao Lin and Chih-Fong Tsai and Ya-Han Hu and Jing-Shang "
      + "Jhang", "Clustering-based undersampling in class-imbalanced data", "Information Sciences", "2017");
    t.setValue(Field.VOLUME, "409-410");
    t.setValue(Field.PAGES, "17-26");
    return t;
  }

  /** @return Smith, Martinez and Giraud-Carrier, instance hardness */
  public static TechnicalInformation smith2014() {
    TechnicalInformation t = paper(Type.ARTICLE, "Michael R. Smith and Tony Martinez and Christophe Giraud-Carrier",
      "An instance level analysis of data complexity", "Machine Learning", "2014");
    t.setValue(Field.VOLUME, "95");
    t.setValue(Field.NUMBER, "2");
    t.setValue(Field.PAGES, "225-256");
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

  /** @return He, Bai, Garcia and Li 2008, ADASYN */
  public static TechnicalInformation he2008() {
    TechnicalInformation t = paper(Type.INPROCEEDINGS, "Haibo He and Yang Bai and Edwardo A. Garcia and Shutao Li",
      "ADASYN: Adaptive Synthetic Sampling Approach for Imbalanced Learning",
      "IEEE International Joint Conference on Neural Networks (IJCNN 2008)", "2008");
    t.setValue(Field.PAGES, "1322-1328");
    return t;
  }

  /** @return Han, Wang and Mao 2005, Borderline-SMOTE */
  public static TechnicalInformation han2005() {
    TechnicalInformation t = paper(Type.INPROCEEDINGS, "Hui Han and Wen-Yuan Wang and Bing-Huan Mao",
      "Borderline-SMOTE: A New Over-Sampling Method in Imbalanced Data Sets Learning",
      "Advances in Intelligent Computing (ICIC 2005), LNCS 3644", "2005");
    t.setValue(Field.PAGES, "878-887");
    return t;
  }

  /** @return Nguyen, Cooper and Kamei 2011, SVM-SMOTE (borderline over-sampling with an SVM) */
  public static TechnicalInformation nguyen2011() {
    TechnicalInformation t = paper(Type.ARTICLE, "Hien M. Nguyen and Eric W. Cooper and Katsuari Kamei",
      "Borderline over-sampling for imbalanced data classification",
      "International Journal of Knowledge Engineering and Soft Data Paradigms", "2011");
    t.setValue(Field.VOLUME, "3");
    t.setValue(Field.NUMBER, "1");
    t.setValue(Field.PAGES, "4-21");
    return t;
  }

  /** @return Chang and Lin 2011, LIBSVM (the C-SVC solver SVM-SMOTE's support vectors follow) */
  public static TechnicalInformation chang2011() {
    TechnicalInformation t = paper(Type.ARTICLE, "Chih-Chung Chang and Chih-Jen Lin",
      "LIBSVM: A library for support vector machines", "ACM Transactions on Intelligent Systems and Technology",
      "2011");
    t.setValue(Field.VOLUME, "2");
    t.setValue(Field.NUMBER, "3");
    t.setValue(Field.PAGES, "27:1-27:27");
    return t;
  }

  /** @return Fan, Chen and Lin 2005, the second-order working set selection of SMO */
  public static TechnicalInformation fan2005() {
    TechnicalInformation t = paper(Type.ARTICLE, "Rong-En Fan and Pai-Hsuen Chen and Chih-Jen Lin",
      "Working set selection using second order information for training support vector machines",
      "Journal of Machine Learning Research", "2005");
    t.setValue(Field.VOLUME, "6");
    t.setValue(Field.PAGES, "1889-1918");
    return t;
  }

  /** @return Douzas, Bacao and Last 2018, k-means SMOTE */
  public static TechnicalInformation douzas2018() {
    TechnicalInformation t = paper(Type.ARTICLE, "Georgios Douzas and Fernando Bacao and Felix Last",
      "Improving imbalanced learning through a heuristic oversampling method based on k-means and SMOTE",
      "Information Sciences", "2018");
    t.setValue(Field.VOLUME, "465");
    t.setValue(Field.PAGES, "1-20");
    return t;
  }

  /** @return Menardi and Torelli 2014, ROSE (the smoothed bootstrap) */
  public static TechnicalInformation menardi2014() {
    TechnicalInformation t = paper(Type.ARTICLE, "Giovanna Menardi and Nicola Torelli",
      "Training and assessing classification rules with imbalanced data", "Data Mining and Knowledge Discovery",
      "2014");
    t.setValue(Field.VOLUME, "28");
    t.setValue(Field.PAGES, "92-122");
    return t;
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

  /** @return Chen et al., SimCLR (NT-Xent) */
  public static TechnicalInformation chen2020simclr() {
    return paper(Type.INPROCEEDINGS, "Ting Chen and Simon Kornblith and Mohammad Norouzi and Geoffrey Hinton",
      "A Simple Framework for Contrastive Learning of Visual Representations",
      "International Conference on Machine Learning (ICML)", "2020");
  }

  /** @return Jiang et al., SDCLR (self-damaging contrastive learning) */
  public static TechnicalInformation jiang2021() {
    return paper(Type.INPROCEEDINGS, "Ziyu Jiang and Tianlong Chen and Bobak Mortazavi and Zhangyang Wang",
      "Self-Damaging Contrastive Learning", "International Conference on Machine Learning (ICML)", "2021");
  }

  /** @return Zhou et al., BCL (boosted contrastive learning) */
  public static TechnicalInformation zhou2022() {
    return paper(Type.INPROCEEDINGS, "Zhihan Zhou and Jiangchao Yao and Yanfeng Wang and Bo Han and Ya Zhang",
      "Contrastive Learning with Boosted Memorization", "International Conference on Machine Learning (ICML)",
      "2022");
  }

  /** @return Zhou et al., GH (geometric harmonization) */
  public static TechnicalInformation zhou2023() {
    return paper(Type.INPROCEEDINGS, "Zhihan Zhou and Jiangchao Yao and Feng Hong and Ya Zhang and Bo Han and "
      + "Yanfeng Wang", "Combating Representation Learning Disparity with Geometric Harmonization",
      "Advances in Neural Information Processing Systems 36 (NeurIPS)", "2023");
  }

  /** @return Arthur and Vassilvitskii, k-means++ seeding */
  public static TechnicalInformation arthur2007() {
    TechnicalInformation t = paper(Type.INPROCEEDINGS, "David Arthur and Sergei Vassilvitskii",
      "k-means++: the advantages of careful seeding",
      "Proceedings of the Eighteenth Annual ACM-SIAM Symposium on Discrete Algorithms (SODA)", "2007");
    t.setValue(Field.PAGES, "1027-1035");
    return t;
  }

  /** @return Hamerly, exact k-means with one upper and one lower distance bound per point */
  public static TechnicalInformation hamerly2010() {
    TechnicalInformation t = paper(Type.INPROCEEDINGS, "Greg Hamerly", "Making k-means even faster",
      "Proceedings of the 2010 SIAM International Conference on Data Mining (SDM)", "2010");
    t.setValue(Field.PAGES, "130-140");
    return t;
  }

  /** @return Sculley, mini-batch k-means with per-centre learning rates (scikit-learn's MiniBatchKMeans) */
  public static TechnicalInformation sculley2010() {
    TechnicalInformation t = paper(Type.INPROCEEDINGS, "D. Sculley", "Web-scale k-means clustering",
      "Proceedings of the 19th International Conference on World Wide Web (WWW)", "2010");
    t.setValue(Field.PAGES, "1177-1178");
    t.setValue(Field.PUBLISHER, "ACM");
    return t;
  }

  /** @return Breiman, random forests */
  public static TechnicalInformation breiman2001() {
    TechnicalInformation t = paper(Type.ARTICLE, "Leo Breiman", "Random Forests", "Machine Learning", "2001");
    t.setValue(Field.VOLUME, "45");
    t.setValue(Field.NUMBER, "1");
    t.setValue(Field.PAGES, "5-32");
    return t;
  }
}
