// Nothing for microneedling-elements: the wrappers and the prerenderer need no configuration.
export default {};
