using ICP.Web.Features.Applications;

namespace ICP.Web.Areas.Applicant.Controllers;

public sealed record OverviewPage(ApplicationSummary Application, DeadlineInfo Deadline, bool IsDesignatedSubmitter);
