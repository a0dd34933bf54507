namespace AdobeTarget.Decisioning;

// TEMP placeholder: the real implementation comes from branch engine-parsers.
internal sealed record UserAgentInfo(string BrowserType, int BrowserVersion, string Platform);
