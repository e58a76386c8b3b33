import { useParams } from 'react-router-dom';
import { ArticleContent } from './ArticleContent';

/** The knowledge base's page of one article. */
export default function ArticlePage() {
  const { id = '' } = useParams();
  return <ArticleContent id={id} />;
}
