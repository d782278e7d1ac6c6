// The site kept for offline use (src/service-worker.ts): the notice that a new version is ready.
export const zh = {
	offline_updateReady: '本网站有了新版本，可离线使用的副本已备好。',
	offline_reload: '刷新以使用新版本'
};

export const en: Record<keyof typeof zh, string> = {
	offline_updateReady: 'A new version of this site is ready, offline copy included.',
	offline_reload: 'Reload to use it'
};
