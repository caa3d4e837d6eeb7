// Messages of the wizard area, namespaced under 'wizard'. Mind vue-i18n's syntax in texts:
// write {'@'} for @, {'|'} for |, {'{'} for {.
export const wizard = {
  ja: { wizard: {} },
  en: { wizard: {} },
}
