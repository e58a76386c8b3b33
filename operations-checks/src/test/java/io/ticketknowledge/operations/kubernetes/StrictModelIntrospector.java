package io.ticketknowledge.operations.kubernetes;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.introspect.Annotated;
import tools.jackson.databind.introspect.AnnotatedClass;
import tools.jackson.databind.introspect.AnnotatedMember;
import tools.jackson.databind.introspect.JacksonAnnotationIntrospector;

/**
 * Turns off the catch-all {@code additionalProperties} of the fabric8 models: they collect every
 * unknown field through {@code @JsonAnySetter}, so FAIL_ON_UNKNOWN_PROPERTIES alone would never
 * fire and a typo such as {@code readinesProbe} would pass silently. Custom resources (parsed as
 * {@link GenericKubernetesResource}) keep it: their whole body lives there.
 */
final class StrictModelIntrospector extends JacksonAnnotationIntrospector {

  @Override
  public Boolean hasAnySetter(MapperConfig<?> config, Annotated annotated) {
    if (isFabric8Model(annotated) && !declaredByGenericResource(annotated)) {
      return Boolean.FALSE;
    }
    return super.hasAnySetter(config, annotated);
  }

  private static boolean isFabric8Model(Annotated annotated) {
    return annotated.getRawType() != null
        && declaringClass(annotated).getName().startsWith("io.fabric8.kubernetes.");
  }

  private static boolean declaredByGenericResource(Annotated annotated) {
    return GenericKubernetesResource.class.isAssignableFrom(declaringClass(annotated));
  }

  private static Class<?> declaringClass(Annotated annotated) {
    if (annotated instanceof AnnotatedMember member) {
      return member.getDeclaringClass();
    }
    if (annotated instanceof AnnotatedClass type) {
      return type.getRawType();
    }
    return annotated.getRawType();
  }
}
