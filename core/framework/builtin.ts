import framework from 'virtual:coplan/framework';

/** The framework built into this release, validated when the extension was built. */
export const builtInFramework = framework;
