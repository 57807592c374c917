@NullMarked
package org.passerelle.credentials.web;

import org.jspecify.annotations.NullMarked;
