package dev.dispatch.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the library, placed on every model package.
 *
 * <p>Generated {@code Immutable*} classes and their builders stay package-private and never
 * appear in a public signature: each aggregate declares a hand-written, documented
 * {@code Builder} that delegates to the generated one, and hand-written {@code withX} methods
 * (see {@code docs/design.md}, "API conventions"). No annotation from the class path
 * ({@code javax.annotation.*}, jsr305) leaks into generated code, which keeps the module path
 * clean.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    // Our nested Builder classes are hand-written and delegate; they must not be taken for a
    // "sandwich" builder the generated one extends.
    typeInnerBuilder = "GeneratedBuilderSupertype",
    // The public static builder() is ours; the generated one is reached under another name.
    builder = "generatedBuilder",
    allowedClasspathAnnotations = {Override.class},
    depluralize = true,
    depluralizeDictionary = {"alias:aliases", "injury:injuries", "entry:entries", "member:members",
        "means:means", "person:people", "party:parties", "casualty:casualties"})
public @interface DispatchStyle {}
