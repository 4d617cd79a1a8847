// The file types a letter is downloaded as.
export const MIME = { pdf: 'application/pdf', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', eml: 'message/rfc822' } as const;
