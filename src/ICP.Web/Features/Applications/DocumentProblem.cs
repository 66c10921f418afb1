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

/// <summary>Why an upload was refused.</summary>
public enum DocumentProblem
{
    None,
    Missing,
    TooLarge,
    NotPdf,
    TooManyUploads,
    QuotaFull,
}
