using ICP.Domain.Applications;
using ICP.Domain.Evaluation;
using ICP.Domain.Programme;
using ICP.Infrastructure.Persistence;
using ICP.Web.Configuration;
using ICP.Web.Features.Accounts;
using ICP.Web.Features.Applications;
using ICP.Web.Features.Calls;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ICP.Web.Features.Evaluation;

public sealed record DeclarationPage(
    bool Confirmed, DateTimeOffset? ConfirmedAt, IReadOnlyCollection<string> Countries, IReadOnlyCollection<int> Authorities,
    IReadOnlyList<(string Code, string Name)> AllCountries, IReadOnlyList<(int Id, string Name, string Country)> AllAuthorities);
