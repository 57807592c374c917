/** The learner's pages; {@link MyLearningSection} lets other modules add to My learning. */
@NamedInterface("ui")
@NullMarked
package org.passerelle.learning.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
