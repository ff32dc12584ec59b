// Loading and error states, the same everywhere. An error names the field the server complained about.
import { setToken, type ApiError } from '../api.ts';

export function Status({ loading, error }: { loading: boolean; error: ApiError | null }) {
  if (error) {
    if (error.status === 401 || error.status === 403) return <TokenPrompt message={error.message} />;
    return (
      <p class="error" role="alert">
        {error.field ? `${error.field}: ` : ''}
        {error.message.startsWith(`${error.field}: `) ? error.message.slice((error.field?.length ?? 0) + 2) : error.message}
      </p>
    );
  }
  if (loading) return <p class="muted">Loading…</p>;
  return null;
}

function TokenPrompt({ message }: { message: string }) {
  return (
    <form
      class="error"
      onSubmit={(e) => {
        e.preventDefault();
        const input = (e.currentTarget as HTMLFormElement).elements.namedItem('token') as HTMLInputElement;
        setToken(input.value.trim());
        window.location.reload();
      }}
    >
      <p>{message}</p>
      <label>
        Token <input name="token" type="password" autocomplete="off" />
      </label>{' '}
      <button type="submit">Use token</button>
    </form>
  );
}
