import { createContext, useContext } from 'react';
import type { Post } from '../../../shared/model/post';

export type PostMenuApi = { open: (post: Post, anchor: DOMRect) => void };

/** Lets any post card open the post's menu (Move to date…, Duplicate, Delete) without prop drilling. */
export const PostMenuContext = createContext<PostMenuApi | null>(null);

export const usePostMenu = (): PostMenuApi | null => useContext(PostMenuContext);
