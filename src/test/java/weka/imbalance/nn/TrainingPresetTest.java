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

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

/**
 * The presets against the authors' code, its schedule functions written out here as read in the
 * repositories (base rate 0.1, as the code).
 */
public class TrainingPresetTest {

  /**
   * kaidic/LDAM-DRW cifar_train.py adjust_learning_rate (200 epochs), which wang22ti/DDC
   * utils/utils.py repeats: epoch = epoch + 1; <= 5: lr * epoch / 5; > 180: lr * 0.0001; > 160:
   * lr * 0.01; else lr.
   */
  private static double ldamDrwCode(double lr, int epoch) {
    int e = epoch + 1;
    if (e <= 5) {
      return lr * e / 5;
    } else if (e > 180) {
      return lr * 0.0001;
    } else if (e > 160) {
      return lr * 0.01;
    }
    return lr;
  }

  /**
   * google-research logit_adjustment utils.py LearningRateSchedule with CIFAR-10-LT's schedule
   * [(1.0, 20), (0.1, 604), (0.01, 926), (0.001, 1128)] over 1241 epochs, at fractional epoch t:
   * linear warm-up lr * t / 20, then lr times the multiplier of the last start epoch reached.
   */
  private static double logitAdjustmentCode(double lr, double t) {
    double rate = lr * t / 20;
    double[][] schedule = { { 1.0, 20 }, { 0.1, 604 }, { 0.01, 926 }, { 0.001, 1128 } };
    for (double[] s : schedule) {
      if (t >= s[1]) {
        rate = lr * s[0];
      }
    }
    return rate;
  }

  @Test
  public void ldamDrwAndWang2023FollowTheirCodeEpochByEpoch() {
    for (TrainingPreset p : new TrainingPreset[] { TrainingPreset.LDAM_DRW, TrainingPreset.WANG2023 }) {
      LearningRateSchedule s = p.schedule(0.1, 200);
      for (int e = 0; e < 200; e++) {
        assertEquals(p + " epoch " + e, ldamDrwCode(0.1, e), s.rate(e, 200), 1e-12 * ldamDrwCode(0.1, e));
      }
      assertEquals(LossNormalisation.WEIGHTED_MEAN, p.normalisation());
      SGD sgd = (SGD) p.optimiser();
      assertTrue(p + ": momentum 0.9, not Nesterov", sgd.getMomentum() == 0.9 && !sgd.getNesterov());
    }
  }

  /** From the warm-up's end on, epoch e runs at the code's rate; during it, at the rate its last step reaches. */
  @Test
  public void logitAdjustmentFollowsItsCodeEpochByEpoch() {
    LearningRateSchedule s = TrainingPreset.LOGIT_ADJUSTMENT.schedule(0.1, 1241);
    for (int e = 0; e < 1241; e++) {
      double code = e < 20 ? logitAdjustmentCode(0.1, e + 1) : logitAdjustmentCode(0.1, e);
      assertEquals("epoch " + e, code, s.rate(e, 1241), 1e-12 * code);
    }
    assertEquals(LossNormalisation.BATCH_MEAN, TrainingPreset.LOGIT_ADJUSTMENT.normalisation());
    SGD sgd = (SGD) TrainingPreset.LOGIT_ADJUSTMENT.optimiser();
    assertTrue("Nesterov momentum 0.9", sgd.getMomentum() == 0.9 && sgd.getNesterov());
  }

  @Test
  public void warmUpAndDecayPointsScaleWithTheEpochs() {
    // 100 epochs: 5/200 -> 2.5 -> 3 warm-up epochs; decay at epochs 80 and 90
    LearningRateSchedule s = TrainingPreset.LDAM_DRW.schedule(0.05, 100);
    assertEquals(0.05 / 3, s.rate(0, 100), 1e-15);
    assertEquals(0.05, s.rate(2, 100), 1e-15);
    assertEquals(0.05, s.rate(79, 100), 1e-15);
    assertEquals(0.05 * 0.01, s.rate(80, 100), 1e-15);
    assertEquals(0.05 * 1e-4, s.rate(90, 100), 1e-15);
    assertEquals(1, TrainingPreset.LOGIT_ADJUSTMENT.warmupEpochs(30));
  }
}
