import { useSuspenseQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { sessionQuery } from '../api/session';
import { strings } from '../strings';
import ui from './ui.module.css';

/** A page for admins: anyone else is told so plainly (the server refuses them anyway). */
export function AdminOnly({ title, children }: { title: string; children: ReactNode }) {
  const { data: staff } = useSuspenseQuery(sessionQuery);
  if (staff?.role === 'admin') return children;
  return (
    <>
      <h1 tabIndex={-1}>{title}</h1>
      <p role="alert" className={ui.alert}>
        {strings.adminOnly.message(staff?.roleName ?? '')}
      </p>
      <p>
        <Link to="/">{strings.editor.back}</Link>
      </p>
    </>
  );
}
