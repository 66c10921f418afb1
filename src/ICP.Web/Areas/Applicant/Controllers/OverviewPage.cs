using FluentValidation;
using ICP.Domain.Common;
using ICP.Infrastructure.Files;
using ICP.Infrastructure.Persistence.Writes;
using ICP.Web.Configuration;
using ICP.Web.Features.Accounts;
using ICP.Web.Features.Applications;
using ICP.Web.Mvc;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Areas.Applicant.Controllers;

public sealed record OverviewPage(ApplicationSummary Application, DeadlineInfo Deadline, bool IsDesignatedSubmitter);
