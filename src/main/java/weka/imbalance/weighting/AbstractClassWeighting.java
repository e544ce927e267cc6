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
package weka.imbalance.weighting;

import weka.imbalance.AnnotatedOptions;

/**
 * A class weighting with its options from {@code @OptionMetadata} annotations on its getters, each
 * setter checking its value ({@link AnnotatedOptions}).
 */
public abstract class AbstractClassWeighting extends AnnotatedOptions implements ClassWeighting {

  private static final long serialVersionUID = 5116361004735862521L;
}
