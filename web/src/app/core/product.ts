/** The product's name as users see it; one constant so a rename touches one line. */
export const PRODUCT_NAME = 'Qoltanba';
