using ICP.Domain.Audit;
using ICP.Domain.Common;
using ICP.Domain.Programme;
using ICP.Infrastructure.Email;
using ICP.Infrastructure.Files;
using ICP.Infrastructure.Persistence;
using ICP.Infrastructure.Persistence.Writes;
using ICP.Web.Configuration;
using ICP.Web.Features.Accounts;
using ICP.Web.Features.Audit;
using ICP.Web.Features.Calls;
using ICP.Web.Features.Email;
using ICP.Web.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ICP.Web.Features.Applications;

/// <summary>The result of saving a step: the field errors that stopped it, or the new version and what submission still needs.</summary>
public sealed record StepSaveResult(
    IReadOnlyList<(string Field, string Message)> Errors, Guid? NewVersion, bool IsComplete, IReadOnlyList<(string Field, string Message)> StillNeeded)
{
    public bool Saved => NewVersion is not null;
}
