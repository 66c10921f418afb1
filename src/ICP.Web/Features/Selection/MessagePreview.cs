using ICP.Domain.Applications;
using ICP.Domain.Audit;
using ICP.Domain.Common;
using ICP.Domain.Evaluation;
using ICP.Domain.Messaging;
using ICP.Domain.Programme;
using ICP.Domain.Selection;
using ICP.Infrastructure.Email;
using ICP.Infrastructure.Persistence;
using ICP.Infrastructure.Persistence.Writes;
using ICP.Web.Configuration;
using ICP.Web.Features.Accounts;
using ICP.Web.Features.Applications;
using ICP.Web.Features.Audit;
using ICP.Web.Features.Calls;
using ICP.Web.Features.Cooperation;
using ICP.Web.Features.Email;
using ICP.Web.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ICP.Web.Features.Selection;

/// <summary>An e-mail a release will send, as staff preview it.</summary>
public sealed record MessagePreview(string Reference, string To, string Subject, string Text);
