@NullMarked
package dev.dispatch.validation;

import org.jspecify.annotations.NullMarked;
