// Messages of the reminders area, namespaced under 'reminders'. Mind vue-i18n's syntax in texts:
// write {'@'} for @, {'|'} for |, {'{'} for {.
export const reminders = {
  ja: { reminders: {} },
  en: { reminders: {} },
}
