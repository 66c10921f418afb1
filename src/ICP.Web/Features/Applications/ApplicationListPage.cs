using ICP.Web.Mvc;

namespace ICP.Web.Features.Applications;

public sealed record ApplicationListPage(
    ApplicationFilter Filter, IReadOnlyList<ApplicationRow> Rows, int Total, IReadOnlyList<FacetCount> ByStatus, IReadOnlyList<FacetCount> ByGroup,
    IReadOnlyList<FacetCount> ByTheme, IReadOnlyList<(string Code, string Name)> Groups, IReadOnlyList<(string Code, string Name)> Countries,
    IReadOnlyList<(string Slug, string Name)> Themes, string? FirstCursor = null, string? LastCursor = null)
{
    public int Pages => Paging.PageCount(Total, ApplicationFilter.PageSize);
}
