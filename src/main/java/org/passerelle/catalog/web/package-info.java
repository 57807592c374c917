@NullMarked
package org.passerelle.catalog.web;

import org.jspecify.annotations.NullMarked;
