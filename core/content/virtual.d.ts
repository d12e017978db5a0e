// Built from content/ at build time by scripts/content-plugin.ts, already validated.
declare module 'virtual:coplan/framework' {
  const framework: import('../framework/schema').Framework;
  export default framework;
}
declare module 'virtual:coplan/guidance' {
  const sections: import('../guidance/schema').GuidanceSection[];
  export default sections;
}
declare module 'virtual:coplan/guidance-ids' {
  const ids: string[];
  export default ids;
}
declare module 'virtual:coplan/services' {
  const services: import('../services/schema').Service[];
  export default services;
}
