@NullMarked
package dev.dispatch.testkit;

import org.jspecify.annotations.NullMarked;
