using ICP.Web.Features.Applications;

namespace ICP.Web.Areas.Applicant.Controllers;

public sealed record WithdrawPage(ApplicationSummary Application, WithdrawForm Form, bool IsDesignatedSubmitter);
