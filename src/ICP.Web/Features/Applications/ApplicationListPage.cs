using ICP.Domain.Applications;
using ICP.Domain.Evaluation;
using ICP.Domain.Programme;
using ICP.Domain.Selection;
using ICP.Infrastructure.Persistence;
using ICP.Web.Configuration;
using ICP.Web.Features.Accounts;
using ICP.Web.Features.Calls;
using ICP.Web.Mvc;
using Microsoft.Extensions.Options;

namespace ICP.Web.Features.Applications;

public sealed record ApplicationListPage(
    ApplicationFilter Filter, IReadOnlyList<ApplicationRow> Rows, int Total, IReadOnlyList<FacetCount> ByStatus, IReadOnlyList<FacetCount> ByGroup,
    IReadOnlyList<FacetCount> ByTheme, IReadOnlyList<(string Code, string Name)> Groups, IReadOnlyList<(string Code, string Name)> Countries,
    IReadOnlyList<(string Slug, string Name)> Themes, string? FirstCursor = null, string? LastCursor = null)
{
    public int Pages => Paging.PageCount(Total, ApplicationFilter.PageSize);
}
