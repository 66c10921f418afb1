namespace ICP.Web.Configuration;

/// <summary>The authorisation policies, by audience.</summary>
public static class Policies
{
    /// <summary>A signed-in city officer (every signed-in user with a confirmed e-mail address).</summary>
    public const string Applicant = "Applicant";

    /// <summary>Any DG REGIO staff member, signed in with two-step sign-in.</summary>
    public const string Staff = "Staff";

    /// <summary>A programme manager, signed in with two-step sign-in.</summary>
    public const string ProgrammeManager = "ProgrammeManager";

    /// <summary>An evaluator, signed in with two-step sign-in.</summary>
    public const string Evaluator = "Evaluator";

    /// <summary>The claim Identity adds when a sign-in passed the second step.</summary>
    public const string MultiFactorClaim = "amr";

    public const string MultiFactorValue = "mfa";
}
