namespace ICP.Web.Features.Demo;

/// <summary>What seed-demo made, and how to sign in to it.</summary>
public sealed record DemoResult(int Applications, int Evaluations, IReadOnlyList<(string Email, string Role)> Accounts);
