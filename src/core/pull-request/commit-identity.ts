import { ConfigurationError } from '../errors.js';
import { BOT_IDENTITY, type Identity } from './upgrade-commit.js';

/** GitHub App slugs: letters, digits and single hyphens, as GitHub forms them from the App's name. */
const APP_SLUG = /^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){0,33}$/i;

/**
 * Who commits the hop. With an App installation token the App's bot user does, as
 * create-pull-request documents it: `<slug>[bot] <<id>+<slug>[bot]@users.noreply.github.com>`,
 * the id read from `GET /users/<slug>[bot]` (the App itself, `GET /app`, needs the App's JWT,
 * which a job holding only the installation token does not have). Without a slug the token is
 * taken to be the workflow's GITHUB_TOKEN, whose bot is github-actions[bot].
 */
export async function committerIdentity(appSlug: string | undefined, userId: ((login: string) => Promise<number | undefined>) | undefined): Promise<Identity> {
  if (appSlug === undefined) return BOT_IDENTITY;
  if (!APP_SLUG.test(appSlug)) throw new ConfigurationError(`input "app-slug" must be a GitHub App's slug (letters, digits and hyphens, e.g. the app-slug output of actions/create-github-app-token), got ${JSON.stringify(appSlug)}`);
  const login = `${appSlug.toLowerCase()}[bot]`;
  if (!userId) throw new ConfigurationError(`input "app-slug" needs a github-token to look up ${login}'s user id`);
  const id = await userId(login);
  if (id === undefined) throw new ConfigurationError(`input "app-slug": GitHub has no user ${login}; use the slug of the App whose token is in github-token (actions/create-github-app-token's app-slug output)`);
  return { name: login, email: `${id}+${login}@users.noreply.github.com` };
}
