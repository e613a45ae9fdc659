import { useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useCallback, useMemo } from 'react';
import { AdGroupList } from './ad-group-list';
import { parseListView, toSearch, type ListView } from './search-params';

const ROUTE = '/accounts/$adAccountId/campaigns/$campaignId/ad-groups';

/** Route `/accounts/$adAccountId/campaigns/$campaignId/ad-groups`: the view is the URL's search. */
export function AdGroupListPage() {
  const { adAccountId, campaignId } = useParams({ from: ROUTE });
  const search = useSearch({ from: ROUTE });
  const view = useMemo(() => parseListView(search), [search]);
  const navigate = useNavigate({ from: ROUTE });
  // Replace, not push: typing a search should not fill the back button's history.
  const onViewChange = useCallback(
    (next: ListView) => void navigate({ search: toSearch(next), replace: true }),
    [navigate],
  );
  return <AdGroupList adAccountId={adAccountId} campaignId={campaignId} view={view} onViewChange={onViewChange} />;
}
