import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../renderRoute';

describe('the author page', () => {
  it('shows name, role, bio and the author’s articles', async () => {
    renderRoute('/skribent/william-eriksson');
    expect(await screen.findByRole('heading', { level: 1, name: 'William Eriksson' })).toBeInTheDocument();
    expect(screen.getByText('Reporter')).toBeInTheDocument();
    expect(screen.getByText(/bevakar polisen och rättsväsendet/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Artiklar av William Eriksson' })).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(3);
  });

  it('shows the 404 page for an unknown author', async () => {
    renderRoute('/skribent/ingen-alls');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeInTheDocument();
  });
});
