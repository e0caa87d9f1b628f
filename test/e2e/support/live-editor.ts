import type { APIRequestContext, Locator, Page } from 'playwright-core';
import { DEMO } from './demo-users';
import { addMember, createProject, graphql } from './graphql';
import { openPage } from './page-ready';
import { unique } from './unique';

export interface SharedQuestion {
  projectId: string;
  questionId: string;
  title: string;
  path: string;
}

/**
 * A project of the lead's municipality with CBS as partner, the CBS contributor and an observer
 * as members, and one research question in it: two organisations and a reader, as the
 * collaboration tests need them. Made through the API, as the lead (whose context is given).
 */
export async function arrangeSharedQuestion(lead: APIRequestContext): Promise<SharedQuestion> {
  const projectId = await createProject(lead, `Armoede in de wijk ${unique()}`, ['CBS']);
  await addMember(lead, projectId, DEMO.contributor.name, 'contributor');
  await addMember(lead, projectId, DEMO.observer.name, 'observer');
  const title = `Hoeveel huishoudens hebben schulden? ${unique()}`;
  const { createQuestion } = await graphql<{ createQuestion: { id: string } }>(
    lead,
    'mutation Create($input: CreateQuestionInput!) { createQuestion(input: $input) { id } }',
    { input: { projectId, title } },
  );
  const questionId = createQuestion.id;
  return { projectId, questionId, title, path: `/projecten/${projectId}/vragen/${questionId}` };
}

/** The editable area of the question's live text. */
export function editorOf(page: Page): Locator {
  return page.getByRole('textbox', { name: 'Tekst van de onderzoeksvraag' });
}

/** The connection indicator ("Verbinding: Verbonden"). */
export function connectionOf(page: Page): Locator {
  return page.getByRole('status').filter({ hasText: 'Verbinding' });
}

/** Opens the question and waits until its text has arrived from the server. */
export async function openQuestion(page: Page, question: SharedQuestion): Promise<void> {
  await openPage(page, question.path);
  await editorOf(page).waitFor();
  await connectionOf(page).filter({ hasText: 'Verbonden' }).waitFor();
}

/** Types at the end of the text, as a person does after clicking into it. */
export async function typeAtEnd(page: Page, text: string): Promise<void> {
  const editor = editorOf(page);
  await editor.click();
  await editor.press('Control+End');
  await page.keyboard.type(text);
}

/** Waits until the editor's text contains (or, with `present: false`, lacks) the given text. */
export async function waitForText(page: Page, text: string, present = true): Promise<void> {
  await page.waitForFunction(
    ({ expected, present: wanted }) => {
      const editor = document.querySelector('[role="textbox"][aria-multiline="true"]');
      return (editor?.textContent ?? '').includes(expected) === wanted;
    },
    { expected: text, present },
  );
}

/** The question's plain-text mirror on the server, as search and exports will see it. */
export async function serverText(request: APIRequestContext, questionId: string): Promise<string> {
  const { question } = await graphql<{ question: { bodyText: string } }>(
    request,
    'query Q($id: ID!) { question(id: $id) { bodyText } }',
    { id: questionId },
  );
  return question.bodyText;
}

/** Waits until the server's mirror holds the text: it is refreshed shortly after edits. */
export async function waitForServerText(
  request: APIRequestContext,
  questionId: string,
  text: string,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    last = await serverText(request, questionId);
    if (last.includes(text)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The server's text never contained "${text}"; last seen: "${last}"`);
}
