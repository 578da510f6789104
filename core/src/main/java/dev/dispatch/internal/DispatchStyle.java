package dev.dispatch.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the library, placed on every model package.
 *
 * <p>Generated {@code Immutable*} classes stay package-private: users see the abstract type, its
 * {@code of} factories and its nested {@code Builder}, never the implementation. No annotation
 * from the class path ({@code javax.annotation.*}, jsr305) leaks into generated code, which keeps
 * the module path clean.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    allowedClasspathAnnotations = {Override.class},
    depluralize = true,
    depluralizeDictionary = {"alias:aliases", "injury:injuries", "entry:entries", "member:members"})
public @interface DispatchStyle {}
