import type { PartnerFields, PartnerInput } from '@/core/index';

/** The partner form's values: every text as a string, an unset type as undefined. */
export interface PartnerFormValues {
  name: string;
  type?: PartnerFields['type'];
  contactPerson: string;
  phone: string;
  email: string;
  address: string;
  languages: string[];
  note: string;
}

export function toFormValues(partner?: PartnerFields): PartnerFormValues {
  return {
    name: partner?.name ?? '',
    type: partner?.type,
    contactPerson: partner?.contactPerson ?? '',
    phone: partner?.phone ?? '',
    email: partner?.email ?? '',
    address: partner?.address ?? '',
    languages: partner?.languages ?? [],
    note: partner?.note ?? '',
  };
}

const blankToUndefined = (text: string | undefined) => (text?.trim() ? text : undefined);

/** Empty optional fields are left out, so that clearing a field in an edit clears it in the record. */
export function toPartnerInput(values: PartnerFormValues): PartnerInput {
  return {
    name: values.name,
    type: values.type!,
    contactPerson: blankToUndefined(values.contactPerson),
    phone: blankToUndefined(values.phone),
    email: blankToUndefined(values.email),
    address: blankToUndefined(values.address),
    languages: values.languages,
    note: blankToUndefined(values.note),
  };
}
