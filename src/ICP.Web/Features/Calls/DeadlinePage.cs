using ICP.Domain.Audit;
using ICP.Domain.Common;
using ICP.Infrastructure.Persistence;
using ICP.Infrastructure.Persistence.Writes;
using ICP.Web.Configuration;
using ICP.Web.Features.Accounts;
using ICP.Web.Features.Audit;
using ICP.Web.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Features.Calls;

public sealed record DeadlinePage(
    DateTimeOffset OriginalDeadline, DateTimeOffset CurrentDeadline, IReadOnlyList<(DateTimeOffset From, DateTimeOffset To, string Reason, string By, DateTimeOffset At)> History,
    IReadOnlyList<ExtensionRow> Individual, IReadOnlyList<(int Id, string Name, string Country)> Authorities, DeadlineForm CallForm, DeadlineForm IndividualForm, string TimeZoneId);
