/** The learner's pages; {@link org.passerelle.learning.ui.MyLearningSection} lets other modules add to My learning. */
@org.springframework.modulith.NamedInterface("ui")
package org.passerelle.learning.ui;
