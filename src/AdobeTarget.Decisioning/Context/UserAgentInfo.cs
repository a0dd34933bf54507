namespace AdobeTarget.Decisioning;

/// <summary>The browser and platform facts the rules see under <c>user.*</c>.</summary>
/// <param name="BrowserType">
/// The lower-cased browser name: <c>edge</c>, <c>mobile safari</c>, <c>safari</c>, <c>chrome</c>, <c>firefox</c>,
/// <c>ie</c> or <c>unknown</c>.
/// </param>
/// <param name="BrowserVersion">The browser's major version, or -1 when unknown.</param>
/// <param name="Platform">
/// The platform: <c>windows</c>, <c>mac</c>, <c>linux</c>, <c>iOS</c>, <c>Android</c>, <c>Unix</c>, <c>unknown</c>, or
/// the client hints' platform as given when it is not one of the mapped names.
/// </param>
internal sealed record UserAgentInfo(string BrowserType, int BrowserVersion, string Platform);
