using ICP.Web.Mvc;

namespace ICP.Web.Features.Audit;

/// <summary>One page of the audit log under a filter, with the number of entries it matches.</summary>
public sealed record AuditPage(AuditFilter Filter, IReadOnlyList<AuditRow> Rows, int Total)
{
    public int Pages => Paging.PageCount(Total, AuditFilter.PageSize);
}
