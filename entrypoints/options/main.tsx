import { render } from 'preact';
import { OptionsApp } from '../../components/options/OptionsApp';
import '../../components/sidebar/sidebar.css';
import { loadSettings, settingsItem } from '../../core/storage/settings-item';

void loadSettings().then((settings) =>
  render(<OptionsApp settings={settings} onSave={(next) => settingsItem.setValue(next)} />, document.getElementById('app')!),
);
