@NullMarked
package dev.dispatch.json;

import org.jspecify.annotations.NullMarked;
