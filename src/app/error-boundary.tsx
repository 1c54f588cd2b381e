import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorState } from '../lib/ui/error-state';

interface State {
  error: Error | null;
}

/** Catches render errors so a broken article shows an error with a way back, never a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey?: string }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidUpdate(prev: { resetKey?: string }) {
    if (prev.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null });
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn('Gloss could not render this view:', error.message, info.componentStack?.split('\n')[1] ?? '');
  }

  override render() {
    if (this.state.error) {
      return (
        <ErrorState
          title="Something went wrong showing this page"
          message={this.state.error.message}
          action={
            <a href="/library/" className="font-sans underline">
              Back to the library
            </a>
          }
        />
      );
    }
    return this.props.children;
  }
}
