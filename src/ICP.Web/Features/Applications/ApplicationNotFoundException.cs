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

/// <summary>No application with that id belongs to the person's local authority (answered 404).</summary>
public sealed class ApplicationNotFoundException() : Exception("Application not found.");
