/**
 * Protected personal data: prisoners' names, dates of birth, faces and document numbers, which
 * the Third Geneva Convention (Art. 13) protects from public curiosity.
 */
@NullMarked
package dev.dispatch.privacy;

import org.jspecify.annotations.NullMarked;
