global using System.Net.Http;
