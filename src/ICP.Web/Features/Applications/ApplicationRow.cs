using ICP.Domain.Applications;
using ICP.Domain.Programme;
using ICP.Domain.Selection;
using ICP.Infrastructure.Persistence;
using ICP.Web.Configuration;
using ICP.Web.Features.Accounts;
using ICP.Web.Features.Calls;
using ICP.Web.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ICP.Web.Features.Applications;

public sealed record ApplicationRow(
    int Id, string Reference, string Authority, string Country, string QuotaGroup, ApplicationStatus Status, int Versions,
    DateTimeOffset? LastSubmittedAt, string? PrimaryTheme, string? SecondaryTheme, decimal? Score, decimal? Spread, int Evaluations, bool Passes);
